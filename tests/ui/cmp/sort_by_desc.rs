fn main() {
    let mut v = vec![5, 1, 4, 2, 3];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let mut names = vec![String::from("eve"), String::from("bob"), String::from("alice")];
    names.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("{:?}", names);
}
