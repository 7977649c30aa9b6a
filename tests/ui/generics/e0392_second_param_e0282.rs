struct Labeled<A, B> {
    value: A,
}

fn main() {
    let p: Labeled<i32, String> = Labeled { value: 7 };
    println!("{}", p.value);
}
