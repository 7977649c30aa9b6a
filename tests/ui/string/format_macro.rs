fn label(n: i32) -> String {
    format!("item #{:03}", n)
}

fn main() {
    let s = format!("{}-{}", "a", 1);
    println!("{}", s);
    println!("{}", label(7));
    let t = format!("{s}{s}");
    println!("{} {}", t, t.len());
}
