use std::cmp::Reverse;
#[derive(Debug)]
struct P { name: String, age: u32 }
fn main() {
    let mut v = vec![3, 1, 4, 1, 5];
    v.sort_by_key(|x| Reverse(*x));
    println!("{:?}", v);
    println!("{}", Reverse(1) < Reverse(2));
    let r = Reverse(7);
    println!("{:?} {}", r, r.0);
    let ps = vec![P { name: "a".to_string(), age: 30 }, P { name: "b".to_string(), age: 20 }];
    let y = ps.iter().max_by_key(|p| Reverse(p.age)).unwrap();
    println!("{} {}", y.name, y.age);
}
