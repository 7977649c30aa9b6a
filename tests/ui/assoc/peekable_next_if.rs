// `next_if` takes the next item only when the closure accepts it.
fn main() {
    let mut it = vec![1, 2, 3, 10, 11].into_iter().peekable();
    println!("{:?}", it.peek());
    while let Some(x) = it.next_if(|x| *x < 5) {
        println!("small {}", x);
    }
    println!("{:?}", it.peek());
    for x in it {
        println!("rest {}", x);
    }
}
