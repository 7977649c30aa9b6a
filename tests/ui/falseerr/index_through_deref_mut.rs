use std::ops::{Deref, DerefMut};

struct Grid {
    rows: Vec<Vec<char>>,
}

impl Deref for Grid {
    type Target = Vec<Vec<char>>;
    fn deref(&self) -> &Self::Target {
        &self.rows
    }
}

impl DerefMut for Grid {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.rows
    }
}

struct Names(Vec<String>);

impl Deref for Names {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.0
    }
}

fn first_two(n: &Names) -> &[String] {
    &n[..2]
}

fn main() {
    let mut g = Grid { rows: vec![vec!['.'; 3]; 2] };
    g[0][1] = '#';
    g[1].push('+');
    let cell = &mut g[1][0];
    *cell = '@';
    for row in g.iter() {
        let s: String = row.iter().collect();
        println!("{}", s);
    }
    println!("{}", g[0][1] == '#');
    let n = Names(vec!["a".to_string(), "b".to_string(), "c".to_string()]);
    println!("{:?} {} {}", first_two(&n), n[2], n[0].len());
}
