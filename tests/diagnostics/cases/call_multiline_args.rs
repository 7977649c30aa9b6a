fn takes(a: i32, b: &str) -> i32 {
    a
}

fn main() {
    let r = takes(
        "one",
        2,
    );
    println!("{r}");
}
