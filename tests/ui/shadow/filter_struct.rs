struct Filter {
    min: i32,
}

fn main() {
    let f = Filter { min: 2 };
    let v: Vec<i32> = vec![1, 2, 3].into_iter().filter(|x| *x >= f.min).collect();
    println!("{:?}", v);
}
