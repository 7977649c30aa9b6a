fn f() -> i32 {
    let v = vec![
        1,
        2,
    ];
    v
}

fn main() {
    f();
}
