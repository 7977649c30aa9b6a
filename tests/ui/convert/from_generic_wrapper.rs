struct Wrapper<T>(T);
impl<T> From<T> for Wrapper<T> {
    fn from(t: T) -> Wrapper<T> { Wrapper(t) }
}
fn main() {
    let w: Wrapper<i32> = 5.into();
    let v = Wrapper::from("hi");
    println!("{} {}", w.0, v.0);
}
