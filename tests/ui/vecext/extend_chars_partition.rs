fn main() {
    let mut v: Vec<char> = Vec::new();
    v.extend("hi".chars());
    let mut s = String::new();
    s.extend(v.iter());
    let (small, big): (Vec<i32>, Vec<i32>) = (1..7).partition(|x| *x < 4);
    println!("{:?} {} {:?} {:?}", v, s, small, big);
}
