// An irrefutable `while let`: rustc suggests a `loop` instead.
fn main() {
    let mut i = 0;
    while let n = i + 1 {
        if n > 3 {
            break;
        }
        println!("{n}");
        i = n;
    }
}
