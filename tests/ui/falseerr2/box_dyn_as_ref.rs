trait A { fn n(&self) -> i32; }
struct X(i32);
impl A for X { fn n(&self) -> i32 { self.0 } }
fn show(a: &dyn A) -> i32 { a.n() * 10 }
fn main() {
    let v: Vec<Box<dyn A>> = vec![Box::new(X(1)), Box::new(X(7))];
    println!("{}", show(v[1].as_ref()));
    let r: &dyn A = v[0].as_ref();
    println!("{}", r.n());
    let best = v.iter().map(|b| b.as_ref()).max_by_key(|a| a.n()).unwrap();
    println!("{}", best.n());
    let mut bx = Box::new(5);
    *bx.as_mut() += 1;
    let r2: &i32 = bx.as_ref();
    println!("{}", r2);
}
