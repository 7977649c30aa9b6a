fn main() {
    let x = 5;
    let y: &str = match x {
        1 => {
            "one"
        }
        _ => {
            x
        }
    };
    println!("{y}");
}
