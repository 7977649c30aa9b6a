// A boxed `FnOnce` may move its captures out: it is called once.
fn farewell(name: String) -> Box<dyn FnOnce() -> String> {
    Box::new(move || name + ", goodbye")
}

fn main() {
    let f = farewell(String::from("Ada"));
    let msg = f();
    println!("{}", msg);
    let v = vec![1, 2, 3];
    let consume: Box<dyn FnOnce() -> usize> = Box::new(move || {
        let owned = v;
        owned.len()
    });
    println!("{}", consume());
}
