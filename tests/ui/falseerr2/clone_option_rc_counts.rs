use std::rc::{Rc, Weak};
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
#[derive(Clone)]
struct Holder { a: Rc<Noisy>, b: Option<Rc<Noisy>>, w: Weak<Noisy> }
fn main() {
    let x = Rc::new(Noisy("x"));
    let y = Rc::new(Noisy("y"));
    let v = vec![Rc::clone(&x), y.clone()];
    let v2 = v.clone();
    println!("x {} y {}", Rc::strong_count(&x), Rc::strong_count(&y));
    let o = Some(Rc::clone(&x));
    let o2 = o.clone();
    println!("x {}", Rc::strong_count(&x));
    let h = Holder { a: x.clone(), b: None, w: Rc::downgrade(&y) };
    let h2 = h.clone();
    println!("x {} y weak {}", Rc::strong_count(&x), Rc::weak_count(&y));
    drop(v);
    drop(v2);
    drop(o);
    drop(o2);
    drop(h);
    println!("x {} y {}", Rc::strong_count(&x), Rc::strong_count(&y));
    drop(y);
    println!("upgrade {}", h2.w.upgrade().is_none());
    drop(h2);
    println!("x {}", Rc::strong_count(&x));
}
