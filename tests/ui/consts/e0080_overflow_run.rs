// In a build, rustc also points at the use of the failed constant.
const BIG: i32 = i32::MAX;
const BIGGER: i32 = BIG + 1;

fn main() {
    let n = BIGGER;
    println!("{n}");
}
