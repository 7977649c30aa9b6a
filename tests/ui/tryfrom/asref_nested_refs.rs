fn total<T: AsRef<[i64]>>(xs: T) -> i64 {
    xs.as_ref().iter().sum()
}
fn count<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().len()
}
fn main() {
    println!("{}", total(vec![1, 2]));
    let s = "abc";
    println!("{}", count(&&s));
    let mut o = String::from("xy");
    println!("{}", count(&mut o));
    let words = vec!["a", "bb"];
    let n: usize = words.iter().map(|w| count(w)).sum();
    println!("{}", n);
}
