// `rposition` walks from the back: the iterator keeps what it did not reach.
fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let mut it = v.iter();
    let found = it.rposition(|&x| x == 30);
    println!("{:?}", found);
    println!("left: {}", it.len());
    println!("next: {:?}", it.next());
    let s = [1.5, 2.5, 0.5];
    println!("{:?}", s.iter().copied().rposition(|x| x > 2.0));
}
