//@ mode: check
fn parse_pair(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    let x = a?;
    let y = b?;
    Some(x + y)
}
fn main() {
    let v: Option<i32> = Some(1);
    let n = v?;
    println!("{n} {:?}", parse_pair(Some(1), None));
}
