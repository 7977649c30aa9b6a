fn main() {
    let x: i32 = loop {
        break "done";
    };
    println!("{x}");
}
