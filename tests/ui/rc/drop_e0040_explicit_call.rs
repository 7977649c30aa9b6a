// Calling `drop` as a method is not allowed: rustc suggests `drop(x)` instead.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard dropped");
    }
}

fn main() {
    let mut g = Guard;
    g.drop();
}
