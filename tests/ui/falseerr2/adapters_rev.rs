fn main() {
    let v = vec![1, 2, 3, 4];
    let a: Vec<i32> = v.iter().map(|x| x * 2).rev().collect();
    let c: Vec<i32> = v.iter().filter(|x| **x > 1).rev().cloned().collect();
    let e: Vec<String> = v.iter().filter_map(|&x| if x % 2 == 0 { Some(x.to_string()) } else { None }).rev().collect();
    let f: Vec<&i32> = v.iter().rev().rev().collect();
    println!("{:?} {:?} {:?} {:?}", a, c, e, f);
    let mut m = v.iter().map(|x| x * 10);
    println!("{:?} {:?} {:?}", m.next_back(), m.next(), m.collect::<Vec<_>>());
    let s: String = "hello world".chars().filter(|c| !c.is_whitespace()).rev().collect();
    println!("{}", s);
    let last_even = v.iter().map(|x| x + 1).filter(|x| x % 2 == 0).next_back();
    println!("{:?}", last_even);
    let mut calls = Vec::new();
    let r: Vec<i32> = v.iter().map(|&x| { calls.push(x); x }).rev().take(2).collect();
    println!("{:?} {:?}", r, calls);
}
