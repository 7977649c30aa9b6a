//@ mode: check
fn size_of_ref<T>(x: &T) -> usize {
    let _ = x;
    1
}

fn main() {
    let s: &str = "abc";
    println!("{}", size_of_ref(s));
}
