fn describe<T: ToString>(items: &[T]) -> String {
    let mut out = String::new();
    for item in items {
        out.push_str(&item.to_string());
        out.push(';');
    }
    out
}

fn main() {
    println!("{}", describe(&[1, 2, 3]));
    println!("{}", describe(&["a", "b"]));
}
