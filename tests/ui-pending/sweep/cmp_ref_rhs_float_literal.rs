#[derive(Debug, PartialEq, PartialOrd)]
struct Score(u32);
fn main() {
    let a: u8 = 3;
    let b: u8 = 5;
    let ra = &a;
    let rrb = &&b;
    println!("{} {} {}", ra < rrb, ra >= &&&b, ra <= &&3);
    let v = vec![1, 5, 3];
    let big: Vec<&i32> = v.iter().filter(|x| x > &&2).collect();
    println!("{:?}", big);
    let names = ["bo", "al", "cy"];
    let after: Vec<&&str> = names.iter().filter(|n| *n > &"b").collect();
    println!("{:?}", after);
    let s = Score(4);
    let t = &&Score(9);
    println!("{}", &s < t);
    let pairs = vec![(1, 2.5), (2, 0.5)];
    let hi: Vec<_> = pairs.iter().filter(|(_, w)| w > &&1.0).map(|(i, _)| i).collect();
    println!("{:?}", hi);
}
