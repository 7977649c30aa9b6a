fn main() {
    let k = 3;
    let f: fn(i32) -> i32 = |x| x + k;
    println!("{}", f(1));
}
