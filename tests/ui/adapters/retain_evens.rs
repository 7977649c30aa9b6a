// `retain` keeps the elements the closure approves.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    v.retain(|x| x % 2 == 0);
    println!("{:?}", v);
    let mut names = vec![String::from("ann"), String::from("bo"), String::from("cyd")];
    names.retain(|s| s.len() == 3);
    println!("{:?}", names);
}
