//! The command line as a user runs it (the built `vn-news-extract` binary): one article,
//! `--out DIR` with files and folders (the tree mirrored), `--jsonl` in and out, `--jobs`,
//! bad articles (named, the rest extracted, exit status 1), and interrupted runs (no partial
//! result file). Over the 5,931 corpus articles of `../shared/corpus/` when present:
//! `--jsonl` gives the same extractions as the per-file mode.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use vn_news_extract::{extract, Options};

const BIN: &str = env!("CARGO_BIN_EXE_vn-news-extract");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dev_texts() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("tests/data/dev/texts"))
        .expect("dev texts")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    assert!(v.len() >= 5);
    v
}

/// A fresh folder under target/tmp for one test.
fn scratch(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch folder");
    d
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(s) = stdin {
        child.stdin.take().expect("stdin").write_all(s.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("it ends")
}

fn expected(text: &str, reference_date: Option<&str>) -> Value {
    let x = extract(text, &Options { reference_date: reference_date.map(str::to_owned) });
    serde_json::to_value(x).expect("serialisable")
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).expect("result file")).expect("complete JSON")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn jsonl_of(texts: &[PathBuf]) -> String {
    texts
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("text");
            let id = p.file_stem().expect("stem").to_string_lossy().into_owned();
            serde_json::json!({ "id": id, "text": text }).to_string() + "\n"
        })
        .collect()
}

#[test]
fn one_article_as_before() {
    let texts = dev_texts();
    let text = std::fs::read_to_string(&texts[0]).expect("text");
    let o = run(&[texts[0].to_str().expect("path")], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let got: Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert_eq!(got, expected(&text, None));
    assert!(o.stderr.is_empty(), "one article prints nothing on stderr");
    // standard input, indented, with a reference date
    let o = run(
        &["--pretty", "--reference-date", "2025-12-23", "-"],
        Some("Chiều 22-12, hơn 80 đoàn."),
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("\n  \"article\""));
    let got: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(got, expected("Chiều 22-12, hơn 80 đoàn.", Some("2025-12-23")));
    assert_eq!(got["dates"][0]["value"], "2025-12-22");
    // usage errors
    assert_eq!(run(&["a.txt", "b.txt"], None).status.code(), Some(2));
    assert_eq!(run(&["--jobs", "0", "a.txt"], None).status.code(), Some(2));
    assert_eq!(run(&["--jsonl", "-", "--pretty"], Some("")).status.code(), Some(2));
    assert_eq!(run(&["--help"], None).status.code(), Some(0));
}

#[test]
fn out_dir_with_files_and_a_mirrored_folder_tree() {
    let d = scratch("tree");
    let texts = dev_texts();
    let src = d.join("src");
    for (i, p) in texts.iter().enumerate() {
        let sub = src.join(if i % 2 == 0 { "a/b" } else { "c" });
        std::fs::create_dir_all(&sub).expect("folder");
        std::fs::copy(p, sub.join(p.file_name().expect("name"))).expect("copy");
    }
    std::fs::write(src.join("c/notes.md"), "not an article").expect("write");
    let out = d.join("out");
    let o =
        run(&["--jobs", "3", "--out", out.to_str().expect("p"), src.to_str().expect("p")], None);
    assert!(o.status.success(), "{}", stderr(&o));
    for (i, p) in texts.iter().enumerate() {
        let stem = p.file_stem().expect("stem").to_string_lossy();
        let rel = if i % 2 == 0 { format!("a/b/{stem}.json") } else { format!("c/{stem}.json") };
        let text = std::fs::read_to_string(p).expect("text");
        assert_eq!(read_json(&out.join(rel)), expected(&text, None), "{}", p.display());
    }
    assert!(!out.join("c/notes.json").exists());
    // stderr is not a terminal: no bar, only the summary line
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{} articles", texts.len())) && err.contains("0 failed"),
        "{err}"
    );
    // no temporary file is left
    let mut names = Vec::new();
    let mut stack = vec![out.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).expect("read") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                names.push(p.file_name().expect("n").to_string_lossy().into_owned());
            }
        }
    }
    assert!(names.iter().all(|n| n.ends_with(".json") && !n.starts_with('.')), "{names:?}");
    // explicit files: DIR/<stem>.json, as before
    let out2 = d.join("out2");
    let mut args = vec!["--quiet", "--out", out2.to_str().expect("p")];
    args.extend(texts.iter().map(|p| p.to_str().expect("p")));
    let o = run(&args, None);
    assert!(o.status.success() && o.stderr.is_empty(), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(&out2).expect("out2").count(), texts.len());
}

#[test]
fn a_bad_file_is_named_the_rest_extracted_and_the_status_is_1() {
    let d = scratch("badfile");
    let texts = dev_texts();
    let src = d.join("src");
    std::fs::create_dir_all(&src).expect("src");
    std::fs::copy(&texts[0], src.join("good.txt")).expect("copy");
    std::os::unix::fs::symlink(d.join("nowhere.txt"), src.join("broken.txt")).expect("link");
    let out = d.join("out");
    let o = run(&["--out", out.to_str().expect("p"), src.to_str().expect("p")], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("broken.txt"), "{err}");
    assert!(err.contains("1 failed"), "{err}");
    assert!(out.join("good.json").exists() && !out.join("broken.json").exists());
}

#[test]
fn jsonl_in_and_out_in_input_order_with_any_number_of_jobs() {
    let texts = dev_texts();
    // three passes over the dev texts, so that order matters with several workers
    let mut input = String::new();
    let mut want = Vec::new();
    for round in 0..3 {
        for p in &texts {
            let text = std::fs::read_to_string(p).expect("text");
            let id = format!("{round}-{}", p.file_stem().expect("s").to_string_lossy());
            let date = (round == 1).then_some("2024-01-05");
            let mut rec =
                serde_json::json!({ "id": id, "text": text, "url": format!("https://x/{id}") });
            if let Some(d) = date {
                rec["referenceDate"] = d.into();
            }
            input += &(rec.to_string() + "\n");
            want.push((id, expected(&text, date)));
        }
    }
    let mut first = None;
    for jobs in ["1", "2", "4"] {
        let o = run(&["--jsonl", "-", "--jobs", jobs], Some(&input));
        assert!(o.status.success(), "{}", stderr(&o));
        let lines: Vec<Value> = String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        assert_eq!(lines.len(), want.len());
        for (line, (id, x)) in lines.iter().zip(&want) {
            assert_eq!(line["id"], id.as_str());
            assert_eq!(line["url"], format!("https://x/{id}"), "other keys passed through");
            assert_eq!(&line["extraction"], x, "{id}");
            let keys: Vec<&str> =
                line.as_object().expect("obj").keys().map(|k| k.as_str()).collect();
            assert_eq!(keys, ["id", "url", "extraction"]);
        }
        match &first {
            None => first = Some(o.stdout),
            Some(f) => assert_eq!(f, &o.stdout, "the same bytes with {jobs} jobs"),
        }
    }
}

#[test]
fn a_corrupt_line_is_reported_with_its_line_number_and_the_rest_is_extracted() {
    let d = scratch("corrupt");
    let input = d.join("in.jsonl");
    let lines = [
        r#"{"id": "a", "text": "Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao."}"#,
        r#"{"id": "b", "text": "truncated"#,
        "",
        r#"{"id": "c"}"#,
        r#"{"id": "d", "text": 5}"#,
        r#"[1, 2]"#,
        r#"{"text": "Ngày 12/01/2025, hội nghị.", "referenceDate": "2025-02-01"}"#,
    ];
    std::fs::write(&input, lines.join("\n")).expect("write");
    let out = d.join("res/out.jsonl");
    let o = run(
        &["--jsonl", input.to_str().expect("p"), "--out", out.to_str().expect("p"), "--jobs", "2"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for needle in
        ["line 2", "line 4 (id \"c\"): no \"text\"", "line 5 (id \"d\")", "line 6", "4 failed"]
    {
        assert!(err.contains(needle), "{needle:?} in {err}");
    }
    let got: Vec<Value> = std::fs::read_to_string(&out)
        .expect("the result file exists: bad lines have error records")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(got.len(), 6, "one record per non-blank line");
    assert_eq!(
        got[0]["extraction"],
        expected("Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao.", None)
    );
    assert_eq!((got[1]["id"].clone(), got[1]["line"].clone()), (Value::Null, 2.into()));
    assert!(got[1]["error"].as_str().expect("error").contains("line 2: not a JSON object"));
    assert_eq!((got[2]["id"].clone(), got[2]["line"].clone()), ("c".into(), 4.into()));
    assert_eq!(got[4]["line"], 6);
    // no id: the line number; its own referenceDate
    assert_eq!(got[5]["id"], 7);
    assert_eq!(got[5]["extraction"], expected("Ngày 12/01/2025, hội nghị.", Some("2025-02-01")));
}

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let t0 = Instant::now();
    while !ok() {
        assert!(t0.elapsed() < Duration::from_secs(60), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default()
}

/// A run reading standard input that is killed while it is writing its results: the input
/// is held open, so the run is surely mid-way.
fn killed_run(name: &str, signal: &str) -> (PathBuf, std::process::ExitStatus) {
    let d = scratch(name);
    let out = d.join("out.jsonl");
    let mut child = Command::new(BIN)
        .args(["--jsonl", "-", "--out", out.to_str().expect("p"), "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(jsonl_of(&dev_texts()).repeat(4).as_bytes()).expect("feed");
    stdin.flush().expect("flush");
    // some results are written to the temporary file
    wait_for("results in the temporary file", || {
        temporaries(&d).iter().any(|t| std::fs::metadata(d.join(t)).is_ok_and(|m| m.len() > 0))
    });
    let status =
        Command::new("kill").args([signal, &child.id().to_string()]).status().expect("kill runs");
    assert!(status.success());
    let status = child.wait().expect("ends");
    drop(stdin);
    (d, status)
}

#[test]
fn a_killed_run_leaves_no_result_file() {
    let (d, status) = killed_run("sigkill", "-KILL");
    assert!(!status.success());
    assert!(!d.join("out.jsonl").exists(), "no partial result under the result's name");
}

#[test]
fn an_interrupted_run_removes_its_temporary_file_and_exits_130() {
    for (name, signal) in [("sigterm", "-TERM"), ("sigint", "-INT")] {
        let (d, status) = killed_run(name, signal);
        assert_eq!(status.code(), Some(130), "{signal}");
        assert!(!d.join("out.jsonl").exists(), "{signal}");
        assert!(temporaries(&d).is_empty(), "{signal}: {:?}", temporaries(&d));
    }
}

/// Over the corpus (skipped without ../shared): `--jsonl` gives the same extractions as one
/// file per article.
#[test]
fn corpus_jsonl_equals_per_file_mode() {
    let corpus = root().join("../shared/corpus/baomoi");
    if !corpus.is_dir() {
        eprintln!("../shared/corpus absent: skipped");
        return;
    }
    let d = scratch("corpus");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("corpus")
        .map(|e| e.expect("e").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let input = d.join("corpus.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&input).expect("create"));
    for p in &texts {
        let text = String::from_utf8_lossy(&std::fs::read(p).expect("read")).into_owned();
        let id = p.file_stem().expect("s").to_string_lossy().into_owned();
        writeln!(f, "{}", serde_json::json!({ "id": id, "text": text })).expect("write");
    }
    drop(f);
    let files_out = d.join("files");
    let o = run(
        &["--quiet", "--out", files_out.to_str().expect("p"), corpus.to_str().expect("p")],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let lines_out = d.join("lines.jsonl");
    let o = run(
        &[
            "--quiet",
            "--jsonl",
            input.to_str().expect("p"),
            "--out",
            lines_out.to_str().expect("p"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let results = std::fs::read_to_string(&lines_out).expect("results");
    let mut n = 0;
    for (line, p) in results.lines().zip(&texts) {
        let rec: Value = serde_json::from_str(line).expect("JSON line");
        let stem = p.file_stem().expect("s").to_string_lossy();
        assert_eq!(rec["id"], stem.as_ref());
        assert_eq!(rec["extraction"], read_json(&files_out.join(format!("{stem}.json"))), "{stem}");
        n += 1;
    }
    assert_eq!(n, texts.len());
    eprintln!("corpus: {n} articles, --jsonl equals the per-file mode");
}
