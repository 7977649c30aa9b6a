//@ mode: check
// Lazy adapters, consumers, and `map_or`.
fn main() {
    let v = vec![1, 2, 3];
    v.iter().take(2);
    v.iter().chain(v.iter());
    v.iter().filter(|x| **x > 1);
    v.iter().count();
    v.iter().sum::<i32>();
    v.iter().rev().collect::<Vec<_>>();
    v.iter().for_each(|x| println!("{}", x));
    std::iter::repeat(3);
    std::iter::once(3);
    let o = Some(2);
    o.map_or(0, |x| x * 2);
    o.map_or_else(|| 0, |x| x);
    o.ok_or("missing");
    let r: Result<i32, String> = Ok(1);
    r.clone().map_or(0, |x| x);
    r.clone().map_err(|e| e.len());
    println!("{:?}", r);
}
