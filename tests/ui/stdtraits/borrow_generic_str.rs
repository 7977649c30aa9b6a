use std::borrow::Borrow;

fn shout<K: Borrow<str>>(k: K) -> String {
    let s: &str = k.borrow();
    s.to_uppercase()
}

fn total<V: Borrow<[i32]>>(v: V) -> i32 {
    v.borrow().iter().sum()
}

fn main() {
    println!("{}", shout("abc"));
    println!("{}", shout(String::from("def")));
    println!("{}", total(vec![1, 2, 3]));
    println!("{}", total(&[4, 5][..]));
}
