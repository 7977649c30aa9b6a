#[derive(Debug)]
struct Stack<const N: usize> {
    items: [i32; N],
    len: usize,
}
fn show(s: Stack<4>) {
    println!("{:?}", s);
}
fn main() {
    let s = Stack { items: [1, 2, 3], len: 3 };
    show(s);
}
