fn tail_info(xs: &[u8]) -> String {
    match xs {
        [.., 0] => String::from("ends with zero"),
        [a, b, .., c] => format!("{a} {b} then {c}"),
        [.., x] => format!("ends with {x}"),
        [] => String::from("empty"),
    }
}

fn main() {
    println!("{}", tail_info(&[1, 2, 0]));
    println!("{}", tail_info(&[1, 2, 3, 4, 5]));
    println!("{}", tail_info(&[9]));
    println!("{}", tail_info(&[7, 8]));
    println!("{}", tail_info(&[]));
}
