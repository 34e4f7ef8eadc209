pub mod hostile;
pub mod score;
