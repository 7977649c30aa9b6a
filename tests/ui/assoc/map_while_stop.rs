// `map_while` stops at the first `None`.
fn main() {
    let v = vec![4, 8, -1, 16];
    for x in v.iter().map_while(|x| if *x > 0 { Some(x / 2) } else { None }) {
        println!("{}", x);
    }
    let digits = "12a3";
    for d in digits.chars().map_while(|c| c.to_digit(10)) {
        println!("digit {}", d);
    }
}
