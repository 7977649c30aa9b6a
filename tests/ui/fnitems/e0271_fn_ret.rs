fn label(n: i32) -> String {
    format!("#{}", n)
}

fn show<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", show(label));
}
