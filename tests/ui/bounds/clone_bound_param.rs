struct Repeat<T> { value: T, left: u32 }
impl<T: Clone> Repeat<T> {
    fn next_one(&mut self) -> Option<T> {
        if self.left == 0 { return None; }
        self.left -= 1;
        Some(self.value.clone())
    }
}
fn dup<T: Clone>(x: &T) -> (T, T) { (x.clone(), x.clone()) }
fn main() {
    let mut r = Repeat { value: 'z', left: 2 };
    println!("{:?} {:?} {:?}", r.next_one(), r.next_one(), r.next_one());
    println!("{:?}", dup(&5));
}
