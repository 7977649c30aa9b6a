trait Describe {
    fn describe(&self) -> String;
}
impl<T: std::fmt::Debug> Describe for T {
    fn describe(&self) -> String {
        format!("<{:?}>", self)
    }
}
fn main() {
    let n = 7;
    println!("{}", ToString::to_string(&n));
    println!("{}", ToString::to_string(&2.5));
    println!("{}", Describe::describe(&vec![1, 2]));
    println!("{}", Describe::describe(&"x"));
    let mut it = vec![3, 4].into_iter();
    println!("{:?}", Iterator::next(&mut it));
    let s: String = ToString::to_string("abc");
    let big: u64 = n;
    println!("{} {}", s, big);
}
