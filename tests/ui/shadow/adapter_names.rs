#[derive(Debug)]
struct Rev(i32);
#[derive(Debug)]
struct Take {
    n: usize,
}
#[derive(Debug)]
struct Skip;
#[derive(Debug)]
struct Zip(char, char);

fn main() {
    let t = Take { n: 2 };
    let a: Vec<i32> = (1..=6).rev().skip(1).take(t.n).collect();
    let z: Vec<(i32, char)> = a.iter().copied().zip("xy".chars()).collect();
    println!("{:?} {:?}", a, z);
    println!("{:?} {:?} {:?} {:?}", Rev(-1), t, Skip, Zip('a', 'b'));
}
