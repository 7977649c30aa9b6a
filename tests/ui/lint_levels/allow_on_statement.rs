fn main() {
    #[allow(unused_variables)]
    let kept_for_later = 42;
    let forgotten = 7;
    println!("done");
}
