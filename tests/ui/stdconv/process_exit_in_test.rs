//@ mode: test

fn stop(code: i32) {
    println!("stopping");
    std::process::exit(code);
}

#[test]
fn a_passes() {
    assert_eq!(1 + 1, 2);
}

#[test]
fn b_exits() {
    stop(7);
}

#[test]
fn c_never_runs() {
    assert!(true);
}
