use std::fmt::Display;

// `impl Iterator<Item = T>` names the function's own parameter `T`.
fn show<T: Display>(it: impl Iterator<Item = T>) {
    for x in it {
        print!("<{}>", x);
    }
    println!();
}

fn scaled(v: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    v.into_iter().map(move |x| x * k)
}

fn main() {
    show("ab".chars());
    show(scaled(vec![1, 2], 3));
}
