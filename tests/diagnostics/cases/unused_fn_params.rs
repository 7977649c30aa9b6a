fn f(a: i32, b: i32) -> i32 {
    let unused_inner = a;
    5
}

fn main() {
    let t = f(1, 2);
}
