fn call_mut<F: FnMut(i32) -> i32>(mut f: F) -> i32 {
    f(1)
}

fn call_once<F: FnOnce(i32) -> i32>(f: F) -> i32 {
    f(2)
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn main() {
    let p: fn(i32) -> i32 = inc;
    println!("{} {}", call_mut(p), call_once(p));
    let v: Vec<i32> = vec![1, 2].into_iter().map(p).collect();
    println!("{:?}", v);
    let mut fs: Vec<fn(i32) -> i32> = Vec::new();
    fs.push(inc);
    fs.push(|x| x * 100);
    let total: i32 = fs.iter().map(|f| f(3)).sum();
    println!("{}", total);
}
