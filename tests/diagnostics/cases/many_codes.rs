struct P { x: i32 }
fn f(a: i32) -> i32 { a }
fn main() {
    let a: i32 = "s";
    let b = nothing;
    let p = P { x: 1 };
    let c = p.y;
    let d = f();
    p.go();
}
