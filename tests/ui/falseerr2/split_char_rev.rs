fn main() {
    let s = "a b  c\nd e";
    let v: Vec<&str> = s.split(' ').rev().collect();
    println!("{:?}", v);
    let w: Vec<&str> = s.split_whitespace().rev().collect();
    println!("{:?}", w);
    let l: Vec<&str> = s.lines().rev().collect();
    println!("{:?}", l);
    let last = s.split(' ').next_back();
    println!("{:?}", last);
    let r: String = s.split_whitespace().rev().collect::<Vec<_>>().join(" ");
    println!("{}", r);
}
