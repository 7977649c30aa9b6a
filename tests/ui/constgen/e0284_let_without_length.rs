fn make<const N: usize>() -> [i32; N] {
    [7; N]
}
fn main() {
    let a = make::<3>();
    let b: [i32; 2] = make();
    let c = make();
    println!("{:?} {:?}", a, b);
}
