//@ mode: check
// `let` bindings named after a static, a tuple struct and (with `ref`) a constant.
static GREETING: &str = "hi";
struct Pair(i32, i32);
const MAX: i32 = 5;

fn main() {
    let GREETING = "hello";
    println!("{}", GREETING);
    let Pair = 3;
    let ref MAX = 4;
    println!("{}", MAX);
    let p = Pair(1, 2);
    println!("{}", p.0 + p.1);
}
