struct Person {
    name: String,
    tags: Vec<String>,
}

impl Person {
    fn tidy(&mut self) {
        self.name = self.name.trim().to_string();
        self.tags = self.tags.iter().map(|t| t.to_uppercase()).collect();
    }
}

fn bump(n: &mut i32) {
    *n = *n + 1;
}

fn double_all(v: &mut Vec<i32>) {
    *v = v.iter().map(|x| x * 2).collect();
}

fn shout(s: &mut String) {
    *s = s.replace("a", "A");
    s.push('!');
}

fn main() {
    let mut p = Person { name: String::from("  ann  "), tags: vec![String::from("x"), String::from("yz")] };
    p.tidy();
    println!("[{}] {:?}", p.name, p.tags);
    let mut n = 4;
    bump(&mut n);
    println!("{}", n);
    let mut v = vec![1, 2, 3];
    double_all(&mut v);
    println!("{:?}", v);
    let mut x = String::from("banana");
    x = x.replace("n", "N");
    shout(&mut x);
    println!("{}", x);
    let r = &mut x;
    *r = r.as_str().to_lowercase();
    *r = format!("{}-{}", r, r.len());
    println!("{}", x);
}
