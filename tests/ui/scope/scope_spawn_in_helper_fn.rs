use std::thread;

fn launch<'scope, 'env>(s: &'scope thread::Scope<'scope, 'env>, v: &'env [i32]) {
    s.spawn(move || println!("sum {}", v.iter().sum::<i32>()));
}

fn main() {
    let v = vec![1, 2, 3];
    thread::scope(|s| launch(s, &v));
}
