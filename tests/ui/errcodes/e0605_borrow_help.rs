//@ mode: check
// `as` cannot borrow: a reference target needs `&` on the value.
fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn total(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn main() {
    let name = String::from("ferris");
    let loud = shout(name as &str);
    let scores = vec![3, 4, 5];
    let sum = total(scores as &[i32]);
    let mut count = 0;
    let r = count as &mut i32;
    *r += 1;
    println!("{} {} {}", loud, sum, count);
}
