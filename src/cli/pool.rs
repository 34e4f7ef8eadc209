//! An ordered parallel map on `std::thread::scope`: `jobs` workers take items as they come,
//! results are handed to the sink in input order. At most a window of items is in flight, so
//! memory stays bounded however long the input (an archive of millions of lines streams).

use std::collections::BTreeMap;
use std::sync::{mpsc, Mutex};

/// Apply `work` to every item on `jobs` threads; call `sink` with the results in input order.
/// The sink returns `false` to stop (e.g. the output is closed): no more items are read.
/// The items are read on the calling thread, which also runs the sink.
pub fn ordered_map<I, O, F, S>(items: impl Iterator<Item = I>, jobs: usize, work: F, mut sink: S)
where
    I: Send,
    O: Send,
    F: Fn(I) -> O + Sync,
    S: FnMut(O) -> bool,
{
    let jobs = jobs.max(1);
    let window = jobs * 8;
    let (in_tx, in_rx) = mpsc::sync_channel::<(usize, I)>(window);
    let in_rx = Mutex::new(in_rx);
    std::thread::scope(|s| {
        let (out_tx, out_rx) = mpsc::channel::<(usize, O)>();
        for _ in 0..jobs {
            let out_tx = out_tx.clone();
            let (in_rx, work) = (&in_rx, &work);
            s.spawn(move || loop {
                let next = in_rx.lock().map_err(|_| ()).and_then(|rx| rx.recv().map_err(|_| ()));
                let Ok((i, item)) = next else { break };
                if out_tx.send((i, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(out_tx);
        let mut items = items.enumerate();
        let mut in_tx = Some(in_tx);
        let (mut sent, mut next_out) = (0usize, 0usize);
        let mut pending = BTreeMap::new();
        loop {
            // keep the window full (never blocks: at most `window` items are in flight)
            while sent - next_out < window {
                let Some(tx) = &in_tx else { break };
                match items.next() {
                    Some(item) => {
                        if tx.send(item).is_err() {
                            in_tx = None;
                        }
                        sent += 1;
                    }
                    None => in_tx = None,
                }
            }
            if next_out == sent {
                break;
            }
            let Ok((i, out)) = out_rx.recv() else { break };
            pending.insert(i, out);
            while let Some(out) = pending.remove(&next_out) {
                next_out += 1;
                if !sink(out) {
                    // stop reading; the workers finish what they hold and the scope joins them
                    drop(in_tx.take());
                    return;
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_the_finishing_order() {
        for jobs in [1, 2, 5] {
            let mut got = Vec::new();
            ordered_map(
                0..200u64,
                jobs,
                |i| {
                    // later items finish first
                    std::thread::sleep(std::time::Duration::from_micros((200 - i) * 20));
                    i * 2
                },
                |o| {
                    got.push(o);
                    true
                },
            );
            assert_eq!(got, (0..200).map(|i| i * 2).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn a_sink_that_stops_stops_the_reading() {
        let read = std::sync::atomic::AtomicUsize::new(0);
        let items = (0..1_000_000).inspect(|_| {
            read.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let mut n = 0;
        ordered_map(
            items,
            2,
            |i| i,
            |_| {
                n += 1;
                n < 10
            },
        );
        assert_eq!(n, 10);
        assert!(read.load(std::sync::atomic::Ordering::Relaxed) < 100);
    }
}
