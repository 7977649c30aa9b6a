//@ mode: check
// std's `From` impls are suggested too: `as` never builds an `Option`, a `Box` or a `Vec`.
fn find(xs: &[i32], x: i32) -> Option<usize> {
    for (i, v) in xs.iter().enumerate() {
        if *v == x {
            return i as Option<usize>;
        }
    }
    None
}

fn main() {
    let nums = [3, 1, 4] as Vec<i32>;
    let boxed = 5 as Box<i32>;
    let greeting = "hi" as String;
    let len = greeting.len() as String;
    println!("{:?} {} {} {}", find(&nums, 4), boxed, greeting, len);
}
